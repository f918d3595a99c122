import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnTable, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import type { TableAccess } from '../../shared/http/route-definition';
import type { TableName } from '../../shared/storage/tables';

/** The cdk-nag finding id for the `<table>/index/*` resource a table grant adds when the table has GSIs. */
function indexWildcardFinding(table: Table): string {
  const logicalId = Stack.of(table).resolve((table.node.defaultChild as CfnTable).logicalId) as string;
  return `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/index/*]`;
}

/**
 * Least privilege: read or read/write on exactly the tables a function declares (and their
 * indexes), nothing else. `policyOwner` is the construct whose role policy receives the grants;
 * the nag acknowledgement of the index wildcard is recorded there.
 */
export function grantTableAccess(
  grantee: IGrantable,
  policyOwner: IConstruct,
  access: Partial<Record<TableName, TableAccess>>,
  tables: Record<TableName, Table>,
): void {
  for (const [name, level] of Object.entries(access) as [TableName, TableAccess][]) {
    const table = tables[name];
    if (level === 'readWrite') table.grantReadWriteData(grantee);
    else table.grantReadData(grantee);
    Validations.of(policyOwner).acknowledge({
      id: indexWildcardFinding(table),
      reason: `Queries on the ${name} table's GSIs (gsi1, gsi2) need the index ARNs; the wildcard covers only indexes of that one table.`,
    });
  }
}
