\set ON_ERROR_STOP on
SET pg_stat_statements.track_utility = off;
SET log_statement = 'none';
SET log_min_duration_statement = -1;
SET password_encryption = 'scram-sha-256';
ALTER ROLE "postgres" PASSWORD 'SCRAM-SHA-256$4096:zU1BB2F90zqyWklE1KsxTA==$9BUbaQNvg8/SW8WtsIZD1CS9YJZJq5XfFoIvAOkU8T4=:HHw2pKAoEPDoktvF0546HWaDjFQffUHS68l5kFijIlg=';
ALTER ROLE "replicator" PASSWORD 'SCRAM-SHA-256$4096:qX/sXohikoo/LPNOnaT47w==$K5vOzkzLQqjDM5kKwMLXbkbWMBPkOffGEoFKSYXYUNg=:42osO1xm8PXK/xCvEK8eDunzIUzZ/DwBefNdR7fJPz8=';
ALTER ROLE "dbuser_dba" PASSWORD 'SCRAM-SHA-256$4096:13uwYtF7Flk34DNZgYfmfQ==$Gm2ynK9kyEJcN6NZ4Y90KHXWkh6AHR3xTv0m6Z1JDRM=:7fEWhURtBxq6tjhCMZJbDf2LJ2ayBMthyf5KMevLaZU=';
ALTER ROLE "dbuser_monitor" PASSWORD 'SCRAM-SHA-256$4096:9kBNL2WuVmWiQZWoPYTh8Q==$TPspqjZt/4zQRrOzKSYbuykmZTsrOdtOP88bZysneSY=:0WJRJ71rhXQI9DjYUP9oT21kTjSBOszes9x5VHUGyQM=';
ALTER ROLE "dbuser_test" PASSWORD 'SCRAM-SHA-256$4096:dxdv00rOKls+9+JQvzEk1g==$//dv1bto9zYsQcyxbtf3O3zvSRvAxFantKj/kJG1LCE=:HxUOOZpjQ3F6Flx+PtprQDT/COJTC15+u52rjg7MnuM=';
