\set ON_ERROR_STOP on
SET pg_stat_statements.track_utility = off;
SET log_statement = 'none';
SET log_min_duration_statement = -1;
SET password_encryption = 'scram-sha-256';
ALTER ROLE "postgres" PASSWORD 'DBUser.Postgres';
ALTER ROLE "replicator" PASSWORD 'DBUser.Replicator';
ALTER ROLE "dbuser_dba" PASSWORD 'DBUser.DBA';
ALTER ROLE "dbuser_monitor" PASSWORD 'DBUser.Monitor';
ALTER ROLE "dbuser_test" PASSWORD 'DBUser.Test';
