"""Find (Ctrl+F): text searched across every evaluation; choosing a hit shows it where it lives."""
