#!/usr/bin/python3
"""Prometheus exporter for pgbouncer's admin console (SHOW LISTS/STATS/POOLS/DATABASES).

Debian's prometheus-pgbouncer-exporter reads columns that pgbouncer removed in 1.8 and fails
against the pgbouncer 1.18 that Debian ships, so the platform runs this one instead. It needs
only python3 and python3-psycopg2, which Patroni already depends on.
"""
import argparse
import decimal
import http.server
import sys
import time

import psycopg2

# SHOW command -> (metric prefix, label columns)
QUERIES = [
    ("SHOW LISTS", "pgbouncer_list", None),
    ("SHOW STATS", "pgbouncer_stat", ("database",)),
    ("SHOW POOLS", "pgbouncer_pool", ("database", "user")),
    ("SHOW DATABASES", "pgbouncer_database", ("name",)),
]
LABEL_NAMES = {"database": "datname", "name": "datname", "user": "user"}


def escape(value):
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def metric_type(name):
    return "counter" if name.startswith("total_") else "gauge"


def collect(dsn):
    """Returns exposition lines; pgbouncer_up tells whether the console answered."""
    samples = {}
    started = time.monotonic()
    conn = None
    try:
        # No 'with' block: it would wrap the queries in BEGIN, which the admin console rejects.
        conn = psycopg2.connect(dsn)
        conn.autocommit = True
        cur = conn.cursor()
        cur.execute("SHOW VERSION")
        version = cur.fetchone()[0]
        samples.setdefault(("pgbouncer_version_info", "gauge"), []).append(({"version": version}, 1))
        for query, prefix, label_columns in QUERIES:
            cur.execute(query)
            columns = [c.name for c in cur.description]
            for row in cur.fetchall():
                record = dict(zip(columns, row))
                if label_columns is None:  # SHOW LISTS: one row per list
                    name = "%s_%s" % (prefix, record["list"])
                    samples.setdefault((name, "gauge"), []).append(({}, record["items"]))
                    continue
                labels = {LABEL_NAMES[c]: record[c] for c in label_columns}
                for column, value in record.items():
                    # SHOW STATS reports numeric columns, which psycopg2 returns as Decimal.
                    if column in label_columns or isinstance(value, bool) or not isinstance(value, (int, float, decimal.Decimal)):
                        continue
                    name = "%s_%s" % (prefix, column)
                    samples.setdefault((name, metric_type(column)), []).append((labels, value))
        up = 1
    except psycopg2.Error as error:
        print("pgbouncer_exporter: %s" % str(error).strip(), file=sys.stderr, flush=True)
        up = 0
    finally:
        if conn is not None:
            conn.close()
    lines = ["# TYPE pgbouncer_up gauge", "pgbouncer_up %d" % up]
    for (name, kind), values in sorted(samples.items()):
        lines.append("# TYPE %s %s" % (name, kind))
        for labels, value in values:
            text = ",".join('%s="%s"' % (k, escape(v)) for k, v in sorted(labels.items()))
            lines.append("%s%s %s" % (name, "{%s}" % text if text else "", float(value) if isinstance(value, decimal.Decimal) else value))
    lines.append("# TYPE pgbouncer_exporter_scrape_seconds gauge")
    lines.append("pgbouncer_exporter_scrape_seconds %.6f" % (time.monotonic() - started))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listen", default="0.0.0.0:9631", help="address:port to serve /metrics on")
    parser.add_argument("--dsn", default="host=/var/run/postgresql port=6432 dbname=pgbouncer user=postgres",
                        help="libpq connection string of pgbouncer's admin console")
    args = parser.parse_args()
    host, port = args.listen.rsplit(":", 1)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.split("?")[0] != "/metrics":
                self.send_error(404, "metrics are at /metrics")
                return
            body = collect(args.dsn).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_):
            pass

    http.server.ThreadingHTTPServer((host or "0.0.0.0", int(port)), Handler).serve_forever()


if __name__ == "__main__":
    main()
