import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { RendezvousStack } from './rendezvous-stack';
import { readSettings } from './settings';

const app = new App();
const settings = readSettings((key) => app.node.tryGetContext(key));

new RendezvousStack(app, `Rendezvous-${settings.stageName}`, {
  settings,
  description: 'Rendezvous: serverless backend for business-matchmaking events',
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

// AWS Solutions checks run at synth; every acknowledgement sits next to the construct it concerns.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
