"""``sitrep serve``: the flow as a Prefect deployment that runs on a cron schedule.

A schedule needs a Prefect server that outlives this process (``prefect
server start``, or Prefect Cloud) named by ``PREFECT_API_URL``: Prefect's
temporary server lives and dies with one process, so its schedules never
fire. :func:`serve` refuses to start without one.
"""
from __future__ import annotations

from tasks.settings import Settings, serving_prefect


class NoServer(Exception):
    """No Prefect server to register the deployment with, or a bad schedule."""


def parameters(settings: Settings) -> dict:
    """The flow's parameters for a scheduled run of ``settings`` (paths as text; workers: one per core of the serving machine)."""
    chosen = settings.flow_parameters()
    del chosen["workers"]
    return {**chosen, "input_dir": str(settings.input_dir), "warehouse_dir": str(settings.warehouse)}


def check_cron(cron: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError:
        raise NoServer(f"--cron {cron!r} is not a cron expression (five fields, e.g. '0 * * * *')") from None


def check_server() -> str:
    """The URL of the Prefect API to serve against; :class:`NoServer` when there is none or it does not answer."""
    from prefect.client.orchestration import get_client
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        raise NoServer("serve needs a running Prefect server: start one with 'prefect server start' and set PREFECT_API_URL=http://127.0.0.1:4200/api")
    with get_client(sync_client=True) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise NoServer(f"the Prefect server at PREFECT_API_URL={url} does not answer ({type(problem).__name__}): is 'prefect server start' running?")
    return url


def serve(settings: Settings, name: str, cron: str) -> None:
    """Register deployment ``sitrep/<name>`` on schedule ``cron`` and run its flow runs until stopped."""
    serving_prefect()
    check_cron(cron)
    check_server()
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline import sitrep_flow

    sitrep_flow.serve(
        name=name,
        cron=cron,
        parameters=parameters(settings),
        description=f"sitrep over {settings.input_dir} into {settings.warehouse}",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
