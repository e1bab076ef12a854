// One fictional deployment for the manifest tests.
import type { ManifestEnv } from '../../manifest/build';

export const deployment: ManifestEnv = {
  appId: '3f6c2a10-5b7e-4d2a-9c41-8e0f1d2b3a45',
  appHost: 'protokoll.narvard.example',
  clientId: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
  version: '1.4.2',
};

export const packageEnv = {
  APP_ID: deployment.appId,
  APP_HOST: deployment.appHost,
  AAD_CLIENT_ID: deployment.clientId,
  APP_VERSION: deployment.version,
};
