import { App } from 'cdktf';
import { synthApp } from 'cdktf-pigsty';
import { OrdersStack } from './stack';

const app = new App();
new OrdersStack(app, 'orders');
synthApp(app);
