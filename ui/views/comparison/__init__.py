"""The Options & scores tab: the decision matrix, the options with their costs, the criteria and weights,
and the ranking beside them."""
