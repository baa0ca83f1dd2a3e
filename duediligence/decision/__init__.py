"""The decision maths on plain values, no database: scales and weighted scores, AHP, money over time,
ranking, risk scores and the rules about people."""
