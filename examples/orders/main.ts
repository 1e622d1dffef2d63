import { synthApp } from 'cdktf-pigsty';
import { OrdersStack } from './stack';

// synthApp builds the app and synthesizes it: a mistake prints its message and exits 1, without a stack trace.
synthApp((app) => {
  new OrdersStack(app, 'orders');
});
