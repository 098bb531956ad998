"""`dealstream kafka up|down|status`: the local single-node broker (see streams.broker)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("kafka", help="start, stop or inspect the local Kafka broker")
    parser.add_argument("action", choices=["up", "down", "status"],
                        help="up: start it unless running and wait until it answers; down: stop it; "
                        "status: print its state (exit code 3 when it does not answer)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import time

    from streams import broker, config

    settings = config.load()
    if args.action == "up":
        started = time.monotonic()
        try:
            broker.up(settings)
        except broker.BrokerError as error:
            print(f"kafka up failed: {error}")
            return 1
        print(f"kafka answers on {broker.local_bootstrap()} (SCRAM-SHA-512 on {broker.sasl_bootstrap()}) "
              f"after {time.monotonic() - started:.1f} s")
        if settings.bootstrap_servers not in (broker.local_bootstrap(), broker.sasl_bootstrap()):
            print(f"note: KAFKA_BOOTSTRAP_SERVERS={settings.bootstrap_servers} points elsewhere; "
                  "the other commands will use that broker, not this one")
    elif args.action == "down":
        broker.down(settings)
        print("kafka stopped")
    else:
        info = broker.status(settings)
        for key, value in info.items():
            print(f"{key}: {value}")
        return 0 if info["answers"] else 3
    return 0
