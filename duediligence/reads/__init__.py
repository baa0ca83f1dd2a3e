"""The read side: (session, ...) -> frozen rows for views, the CLI, exports and the report; never writes."""
