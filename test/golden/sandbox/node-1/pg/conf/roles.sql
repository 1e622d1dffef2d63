-- Managed by cdktf-pigsty: this file is rewritten on every change; edit the deployment spec instead.
-- Roles, users and databases of pg-test. Idempotent: safe to run again.
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
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dbuser_test') THEN CREATE ROLE "dbuser_test"; END IF; END $$;
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
ALTER ROLE "dbuser_test" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1;
COMMENT ON ROLE "dbuser_test" IS 'test database user';
GRANT "dbrole_readwrite" TO "dbuser_test";

-- database test
SELECT 'CREATE DATABASE "test" OWNER "dbuser_test" TEMPLATE "template1" ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'test')\gexec
ALTER DATABASE "test" OWNER TO "dbuser_test";
\connect test
SET client_min_messages = 'warning';
CREATE EXTENSION IF NOT EXISTS "pg_stat_statements";
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT USAGE ON SCHEMAS TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT SELECT ON TABLES TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT SELECT ON SEQUENCES TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT EXECUTE ON FUNCTIONS TO dbrole_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT USAGE ON SCHEMAS TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT SELECT ON TABLES TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT SELECT ON SEQUENCES TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT EXECUTE ON FUNCTIONS TO dbrole_offline;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT INSERT, UPDATE, DELETE ON TABLES TO dbrole_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT USAGE, UPDATE ON SEQUENCES TO dbrole_readwrite;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT TRUNCATE, REFERENCES, TRIGGER ON TABLES TO dbrole_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE "postgres", "dbuser_dba", "dbuser_test" GRANT CREATE ON SCHEMAS TO dbrole_admin;
\connect postgres
SET client_min_messages = 'warning';
