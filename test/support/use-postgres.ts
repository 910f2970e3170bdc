process.env.KLEPAAS_TEST_DB = 'postgres';
