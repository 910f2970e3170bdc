process.env.KLEPAAS_TEST_DB = 'postgres';
// This project runs every test against the fake Kubernetes API server over TLS (KLEPAAS_TEST_KUBE_TLS=0 turns it off).
process.env.KLEPAAS_TEST_KUBE_TLS ??= '1';
