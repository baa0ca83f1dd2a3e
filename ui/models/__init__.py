"""Qt item models: thin adapters that map query rows to cells."""
