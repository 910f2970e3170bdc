import { interpret } from '../nlp/interpreter/interpreter.js';
import { DESTRUCTIVE_RULE_TEXT, destructiveReasons, isDestructive } from './destructive-rule.js';

describe('the destructive rule', () => {
  it('names every reason that applies', () => {
    expect(destructiveReasons({ environment: 'staging', operation: 'deploy', replicasAfter: 2 })).toEqual([]);
    expect(destructiveReasons({ environment: 'staging', operation: 'restart', replicasAfter: 0 })).toEqual(
      [],
    );
    expect(destructiveReasons({ environment: 'staging', operation: 'deploy', replicasAfter: 0 })).toEqual([
      'leaves zero replicas',
    ]);
    expect(destructiveReasons({ environment: 'staging', operation: 'scale', replicasAfter: 0 })).toEqual([
      'leaves zero replicas',
    ]);
    expect(destructiveReasons({ environment: 'production', operation: 'delete', replicasAfter: 0 })).toEqual([
      'production environment',
      'removes the app from the environment',
    ]);
    expect(destructiveReasons({ environment: 'development', operation: 'rollback' })).toEqual(['rollback']);
  });

  it('reads as it applies', () => {
    expect(DESTRUCTIVE_RULE_TEXT).toBe(
      'anything in production, delete, rollback, or a deploy or scale that leaves 0 replicas',
    );
  });

  it("is the NL interpreter's destructive flag, on what the sentence says", () => {
    const zero = interpret('deploy web v1.2.0 to staging with 0 replicas', { knownApps: ['web'] });
    expect(zero).toMatchObject({ intent: 'deploy', entities: { replicas: 0, environment: 'staging' } });
    expect(zero).toMatchObject({ destructive: true, requiresConfirmation: true });
    const three = interpret('deploy web v1.2.0 to staging with 3 replicas', { knownApps: ['web'] });
    expect(three.destructive).toBe(false);
    const sentences = [
      'web 0개로 줄여줘',
      'delete web from staging',
      'roll back web in staging',
      'restart web in prod',
      'restart web in staging',
    ];
    for (const command of sentences) {
      const i = interpret(command, { knownApps: ['web'] });
      expect(i.destructive).toBe(
        isDestructive({
          environment: i.entities.environment,
          operation: i.intent as never,
          replicasAfter: i.entities.replicas,
        }),
      );
    }
  });
});
