import { beforeAll, describe, expect, it } from 'vitest';
import { appRouteFunctionCode, stripApiPrefixFunctionCode } from '../../infra/constructs/web-distribution';
import { flatten, resourcesOfType, singleResourceProperties, synthesizeStack, testSettings, validationViolations, type SynthesizedStack } from './support/synth-stack';

/** The web app behind CloudFront: private bucket, OAC, security headers, the API on the same origin. */
let synthesized: SynthesizedStack;
let distribution: Record<string, any>;

beforeAll(() => {
  synthesized = synthesizeStack({ nag: true });
  distribution = singleResourceProperties(synthesized.template, 'AWS::CloudFront::Distribution').DistributionConfig;
}, 120_000);

const apiBehaviour = () => (distribution.CacheBehaviors as Record<string, any>[]).find((behaviour) => behaviour.PathPattern === '/api/*')!;

/** Runs a CloudFront Function's code (cloudfront-js-2.0 is plain JavaScript) on a request URI. */
function runViewerRequest(code: string, uri: string): string {
  const handler = new Function(`${code}; return handler;`)() as (event: { request: { uri: string } }) => { uri: string };
  return handler({ request: { uri } }).uri;
}

describe('web distribution', () => {
  it('passes cdk-nag', () => {
    expect(validationViolations(synthesized.outdir)).toEqual([]);
  });

  it('reads the site bucket through origin access control only, the bucket private and TLS-only', () => {
    const [oac] = resourcesOfType(synthesized.template, 'AWS::CloudFront::OriginAccessControl');
    expect(oac![1].Properties?.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' });
    const s3Origin = (distribution.Origins as Record<string, any>[]).find((origin) => origin.S3OriginConfig)!;
    expect(flatten(s3Origin.OriginAccessControlId)).toContain(oac![0]);
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    const site = resourcesOfType(synthesized.template, 'AWS::S3::Bucket').find(([id]) => id.startsWith('WebSite'))![1].Properties!;
    expect(site.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(site.LoggingConfiguration).toBeDefined();
    expect(JSON.stringify(synthesized.template.toJSON())).not.toContain('CloudFrontOriginAccessIdentity');
  });

  it('sends a CSP without inline code, HSTS, nosniff, DENY and no-referrer', () => {
    const policy = singleResourceProperties(synthesized.template, 'AWS::CloudFront::ResponseHeadersPolicy').ResponseHeadersPolicyConfig;
    const csp: string = policy.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    // WebAssembly compilation only, for the door scanner's fallback QR decoder (shared/web/security-headers.ts).
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(policy.SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: { IncludeSubdomains: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY' },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer' },
    });
  });

  it('sends /api/* to the API stage uncached, every method, every viewer header but Host', () => {
    const behaviour = apiBehaviour();
    expect(behaviour.AllowedMethods).toEqual(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']);
    expect(behaviour.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // Managed-CachingDisabled
    // Managed-AllViewerExceptHostHeader: Authorization, Idempotency-Key, Content-Type and the query string.
    expect(behaviour.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    const origin = (distribution.Origins as Record<string, any>[]).find((candidate) => candidate.Id === behaviour.TargetOriginId)!;
    expect(origin.OriginPath).toBe('/prod');
    expect(flatten(origin.DomainName)).toMatch(/^<HttpApi\w+>\.execute-api\./);
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
  });

  it('strips /api before the API and answers unknown pages with index.html, never API paths', () => {
    expect(runViewerRequest(stripApiPrefixFunctionCode, '/api/events/techdays')).toBe('/events/techdays');
    expect(runViewerRequest(stripApiPrefixFunctionCode, '/api')).toBe('/');
    expect(runViewerRequest(stripApiPrefixFunctionCode, '/apiary/x')).toBe('/apiary/x');
    expect(runViewerRequest(appRouteFunctionCode, '/ar/registrations/01H/manage')).toBe('/index.html');
    expect(runViewerRequest(appRouteFunctionCode, '/assets/index-3f2a.js')).toBe('/assets/index-3f2a.js');
    const defaultFunctions = distribution.DefaultCacheBehavior.FunctionAssociations as { FunctionARN: unknown }[];
    const apiFunctions = apiBehaviour().FunctionAssociations as { FunctionARN: unknown }[];
    expect(flatten(defaultFunctions[0]!.FunctionARN)).toContain('WebAppRoutes');
    expect(flatten(apiFunctions[0]!.FunctionARN)).toContain('WebApiPrefix');
    expect(distribution.CustomErrorResponses).toBeUndefined();
  });

  it('links emails to the web app: the email workers get its CloudFront URL, the API functions cannot (no cycle)', () => {
    const variables = (id: string) => (resourcesOfType(synthesized.template, 'AWS::Lambda::Function').find(([logicalId]) => logicalId === id)![1].Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
    const functionIds = resourcesOfType(synthesized.template, 'AWS::Lambda::Function').map(([id]) => id);
    const mailer = functionIds.find((id) => /SendConfirmations/.test(id))!;
    expect(flatten(variables(mailer).WEB_BASE_URL)).toMatch(/^https:\/\/<WebDistribution\w+\.DomainName>$/);
    for (const id of functionIds.filter((candidate) => /Api[A-Z0-9]/.test(candidate) && !/WebApiPrefix/.test(candidate))) {
      expect(variables(id).WEB_BASE_URL, id).toBeUndefined();
      expect(variables(id).PUBLIC_BASE_URL, id).toBe('https://api.example.com');
    }
    expect(dependencyCycle(synthesized.template.toJSON().Resources)).toEqual([]);
    expect(dependencyCycle({ A: { DependsOn: 'B' }, B: { Properties: { X: { Ref: 'A' } } } } as never)).toEqual(['A', 'B', 'A']);
  });

  it('gives every function a custom web origin when the settings name one', () => {
    const stack = synthesizeStack({ nag: false, settings: testSettings({ webBaseUrl: 'https://rendezvous.example.org/' }) });
    for (const [id, resource] of resourcesOfType(stack.template, 'AWS::Lambda::Function').filter(([logicalId]) => /Api[A-Z0-9]|SendConfirmations/.test(logicalId) && !/WebApiPrefix/.test(logicalId))) {
      expect((resource.Properties?.Environment as { Variables: Record<string, unknown> }).Variables.WEB_BASE_URL, id).toBe('https://rendezvous.example.org');
    }
  });
});

/** A cycle of Ref / Fn::GetAtt / DependsOn between resources (CloudFormation refuses such a stack), or []. */
function dependencyCycle(resources: Record<string, { DependsOn?: string | string[] }>): string[] {
  const edges = new Map<string, string[]>();
  for (const [id, resource] of Object.entries(resources)) {
    const json = JSON.stringify(resource);
    const refs = [...json.matchAll(/"Ref":"([A-Za-z0-9]+)"|"Fn::GetAtt":\["([A-Za-z0-9]+)"/g)].map((match) => match[1] ?? match[2]!);
    const dependsOn = resource.DependsOn === undefined ? [] : [resource.DependsOn].flat();
    edges.set(id, [...refs, ...dependsOn].filter((target) => target in resources));
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] => {
    if (state.get(id) === 'done') return [];
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const target of edges.get(id) ?? []) {
      const cycle = visit(target);
      if (cycle.length > 0) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return [];
  };
  for (const id of edges.keys()) {
    const cycle = visit(id);
    if (cycle.length > 0) return cycle;
  }
  return [];
}
