"""`dealstream tail`: print deal events from `deals.events` as they arrive."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("tail", help="print deal events as they arrive")
    parser.add_argument("--topic", help="topic to read (default: the events topic)")
    parser.add_argument("--from-beginning", action="store_true", help="start at the oldest event")
    parser.add_argument("--json", action="store_true", help="print each event as one JSON line")
    parser.add_argument("--max", type=int, default=0, help="stop after this many events (0: never)")
    parser.add_argument("--idle-timeout", type=float, default=0,
                        help="stop after this many seconds without a new event (0: never)")
    parser.set_defaults(run=run)


def describe(event: dict) -> str:
    """One readable line of an event: type, status, parties, amount, date, source."""
    parties = ", ".join(f"{p['name']} ({p['role']})" for p in event.get("parties", []))
    amount = event.get("amount")
    money = f" {amount['value']:,.0f} {amount['currency']}" if amount else ""
    return (f"{event.get('type')}/{event.get('status')}: {parties}{money} "
            f"date={event.get('date')} conf={event.get('confidence', 0):.2f} <{event['source']['url']}>")


def run(args: argparse.Namespace) -> int:
    import sys
    import time

    import orjson

    from streams import config, kafka_clients

    settings = config.load()
    consumer = kafka_clients.consumer(
        settings, auto_offset_reset="earliest" if args.from_beginning else "latest", enable_auto_commit=False,
        group_id=None,
    )
    consumer.subscribe([args.topic or settings.topics.events])
    seen, last = 0, time.monotonic()
    try:
        while not args.max or seen < args.max:
            batch = consumer.poll(timeout_ms=500)
            for records in batch.values():
                for msg in records:
                    event = orjson.loads(msg.value)
                    print(msg.value.decode() if args.json else describe(event), flush=True)
                    seen += 1
                    last = time.monotonic()
            if args.idle_timeout and time.monotonic() - last > args.idle_timeout:
                break
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
    print(f"{seen} events", file=sys.stderr)
    return 0
