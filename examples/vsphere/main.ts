import { App } from 'cdktf';
import { synthApp } from 'cdktf-pigsty';
import { VsphereProdStack } from './stack';

const app = new App();
new VsphereProdStack(app, 'vsphere-prod');
synthApp(app);
