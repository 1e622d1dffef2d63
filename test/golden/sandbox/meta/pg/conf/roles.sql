-- Managed by cdktf-pigsty: this file is rewritten on every change; edit the deployment spec instead.
-- Roles, users and databases of pg-meta. Idempotent: safe to run again.
\set ON_ERROR_STOP on
SET client_min_messages = 'warning';

-- roles and users: create them all first, so grants may refer to any of them
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbrole_readonly') THEN CREATE ROLE "dbrole_readonly"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbrole_offline') THEN CREATE ROLE "dbrole_offline"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbrole_readwrite') THEN CREATE ROLE "dbrole_readwrite"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbrole_admin') THEN CREATE ROLE "dbrole_admin"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'postgres') THEN CREATE ROLE "postgres"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'replicator') THEN CREATE ROLE "replicator"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbuser_dba') THEN CREATE ROLE "dbuser_dba"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbuser_monitor') THEN CREATE ROLE "dbuser_monitor"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbuser_meta') THEN CREATE ROLE "dbuser_meta"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbuser_view') THEN CREATE ROLE "dbuser_view"; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbuser_grafana') THEN CREATE ROLE "dbuser_grafana"; END IF; END $$;
ALTER ROLE "dbrole_readonly" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbrole_readonly" IS 'role for global read-only access';
ALTER ROLE "dbrole_offline" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbrole_offline" IS 'role for restricted read-only access';
ALTER ROLE "dbrole_readwrite" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbrole_readwrite" IS 'role for global read-write access';
GRANT "dbrole_readonly" TO "dbrole_readwrite";
ALTER ROLE "dbrole_admin" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbrole_admin" IS 'role for object creation';
GRANT "pg_monitor" TO "dbrole_admin";
GRANT "dbrole_readwrite" TO "dbrole_admin";
COMMENT ON ROLE "postgres" IS 'system superuser';
ALTER ROLE "replicator" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE REPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "replicator" IS 'system replicator';
GRANT "pg_monitor" TO "replicator";
GRANT "dbrole_readonly" TO "replicator";
ALTER ROLE "dbuser_dba" LOGIN SUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT 16;
COMMENT ON ROLE "dbuser_dba" IS 'platform admin user';
GRANT "dbrole_admin" TO "dbuser_dba";
ALTER ROLE "dbuser_monitor" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT 8;
COMMENT ON ROLE "dbuser_monitor" IS 'system monitor user';
GRANT "pg_monitor" TO "dbuser_monitor";
GRANT "dbrole_readonly" TO "dbuser_monitor";
ALTER ROLE "dbuser_meta" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbuser_meta" IS 'pigsty meta database owner';
GRANT "dbrole_admin" TO "dbuser_meta";
ALTER ROLE "dbuser_view" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbuser_view" IS 'read-only viewer';
GRANT "dbrole_readonly" TO "dbuser_view";
ALTER ROLE "dbuser_grafana" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbuser_grafana" IS 'grafana backend';
GRANT "dbrole_admin" TO "dbuser_grafana";

-- database meta
SELECT 'CREATE DATABASE "meta" OWNER "dbuser_meta" TEMPLATE "template1" ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'meta')\gexec
ALTER DATABASE "meta" OWNER TO "dbuser_meta";
COMMENT ON DATABASE "meta" IS 'pigsty meta database';
\connect meta
SET client_min_messages = 'warning';
CREATE SCHEMA IF NOT EXISTS "pigsty" AUTHORIZATION "dbuser_meta";
CREATE EXTENSION IF NOT EXISTS "pg_stat_statements";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT USAGE ON SCHEMAS TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT SELECT ON TABLES TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT SELECT ON SEQUENCES TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT EXECUTE ON FUNCTIONS TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT USAGE ON SCHEMAS TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT SELECT ON TABLES TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT SELECT ON SEQUENCES TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT EXECUTE ON FUNCTIONS TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT INSERT, UPDATE, DELETE ON TABLES TO dbrole_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT USAGE, UPDATE ON SEQUENCES TO dbrole_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT TRUNCATE, REFERENCES, TRIGGER ON TABLES TO dbrole_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_meta" GRANT CREATE ON SCHEMAS TO dbrole_admin;
\connect postgres
SET client_min_messages = 'warning';

-- database grafana
SELECT 'CREATE DATABASE "grafana" OWNER "dbuser_grafana" TEMPLATE "template1" ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'grafana')\gexec
ALTER DATABASE "grafana" OWNER TO "dbuser_grafana";
COMMENT ON DATABASE "grafana" IS 'grafana backend database';
\connect grafana
SET client_min_messages = 'warning';
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT USAGE ON SCHEMAS TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT SELECT ON TABLES TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT SELECT ON SEQUENCES TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT EXECUTE ON FUNCTIONS TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT USAGE ON SCHEMAS TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT SELECT ON TABLES TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT SELECT ON SEQUENCES TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT EXECUTE ON FUNCTIONS TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT INSERT, UPDATE, DELETE ON TABLES TO dbrole_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT USAGE, UPDATE ON SEQUENCES TO dbrole_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT TRUNCATE, REFERENCES, TRIGGER ON TABLES TO dbrole_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_grafana" GRANT CREATE ON SCHEMAS TO dbrole_admin;
\connect postgres
SET client_min_messages = 'warning';
