"""The guided buying process: templates for a new evaluation, quick mode and the process stepper."""
