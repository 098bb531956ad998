"""`dealstream topics create|list`: the service's topics on KAFKA_BOOTSTRAP_SERVERS."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("topics", help="create the service's topics when missing, or list them")
    parser.add_argument("action", choices=["create", "list"],
                        help="create: the missing ones; list: partitions and cleanup policy "
                        "(exit code 1 when one is missing)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from streams import config, topics

    settings = config.load()
    if args.action == "create":
        created = topics.create_topics(settings)
        print(f"created: {', '.join(created)}" if created else "all topics exist")
        return 0
    rows = topics.describe_topics(settings)
    for row in rows:
        if row["exists"]:
            print(f"{row['name']:<32} partitions={row['partitions']:<3} cleanup.policy={row['cleanup.policy']}")
        else:
            print(f"{row['name']:<32} missing")
    return 0 if all(row["exists"] for row in rows) else 1
