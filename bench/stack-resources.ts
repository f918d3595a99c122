/**
 * Part 1: how many CloudFormation resources the stack synthesizes (budget 170 of CloudFormation's
 * 500, docs/deployment.md). Synthesized in memory without bundling: the count does not depend on it.
 */
import { App } from 'aws-cdk-lib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RendezvousStack } from '../infra/rendezvous-stack';
import { parseSettings } from '../infra/settings';

export const resourceBudget = 170;

export function countStackResources(): number {
  const outdir = mkdtempSync(join(tmpdir(), 'rendezvous-bench-cdk-'));
  try {
    const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new RendezvousStack(app, 'Rendezvous-bench', {
      settings: parseSettings({ sender: 'no-reply@example.com', publicBaseUrl: 'https://api.example.com', allowedOrigins: ['https://app.example.com'] }),
    });
    const template = app.synth().getStackArtifact(stack.artifactId).template as { Resources: Record<string, unknown> };
    return Object.keys(template.Resources).length;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
