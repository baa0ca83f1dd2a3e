"""How sure the ranking is: Monte Carlo, tipping points and tornado, what to find out next, perspectives."""
