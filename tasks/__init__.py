"""sitrep work: plain functions the flow wraps in Prefect tasks."""
