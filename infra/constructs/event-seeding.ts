import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  AwsCustomResource,
  Logging,
  PhysicalResourceId,
  type AwsSdkCall,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { EventDefinition } from '../../shared/events/event-definition';
import { eventDefinitionUpdate } from '../../shared/events/event-repository';
import { toAttributeMap, toAttributeValue } from '../seeding/attribute-values';

export interface EventSeedingProps {
  table: Table;
  events: readonly EventDefinition[];
  /** Written as `updatedAt`; the synth time, so each deployment re-applies the definitions. */
  seededAt: Date;
}

/** The UpdateItem of shared/events/event-repository.ts `saveEventDefinition`: counters on the item survive. */
function saveEventDefinitionCall(tableName: string, event: EventDefinition, seededAt: Date): AwsSdkCall {
  return {
    service: 'DynamoDB',
    action: 'updateItem',
    parameters: (() => {
      const update = eventDefinitionUpdate(event, seededAt);
      return {
        TableName: tableName,
        Key: toAttributeMap(update.Key),
        UpdateExpression: update.UpdateExpression,
        ExpressionAttributeNames: update.ExpressionAttributeNames,
        ExpressionAttributeValues: Object.fromEntries(Object.entries(update.ExpressionAttributeValues).map(([name, value]) => [name, toAttributeValue(value)])),
      };
    })(),
    physicalResourceId: PhysicalResourceId.of(`event-definition-${event.id}`),
    // The definition holds press contacts' and organisers' e-mail addresses: keep them out of the logs.
    logging: Logging.withDataHidden(),
  };
}

/**
 * Writes every event definition of data/events into the Registrations table at deploy time
 * (create and update; nothing is deleted when the stack or an event file goes away).
 */
export class EventSeeding extends Construct {
  constructor(scope: Construct, id: string, props: EventSeedingProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'ProviderLogs', { retention: RetentionDays.ONE_MONTH });
    const role = new Role(this, 'ProviderRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Seeds event definitions into the Registrations table',
    });
    logGroup.grantWrite(role);
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:UpdateItem'], resources: [props.table.tableArn] }));
    for (const event of props.events) {
      const call = saveEventDefinitionCall(props.table.tableName, event, props.seededAt);
      const seed = new AwsCustomResource(this, `Event-${event.id}`, {
        onCreate: call,
        onUpdate: call,
        role,
        logGroup,
        installLatestAwsSdk: false,
        timeout: Duration.minutes(1),
      });
      // The role's policy must exist before the first call (it is not a property of the resource).
      seed.node.addDependency(props.table, role);
    }
  }
}
