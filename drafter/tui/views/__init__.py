"""The editing views shown beside the outline, one module (and .tcss) each."""
