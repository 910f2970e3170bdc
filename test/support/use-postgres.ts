process.env.KLEPAAS_TEST_DB = 'postgres';
process.env.KLEPAAS_TEST_KUBE_TLS = '1';
