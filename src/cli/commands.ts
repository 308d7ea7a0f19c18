import type { Command } from './command';
import { applyCommand } from './commands/apply';
import { createCommand } from './commands/create';
import { deleteCommand } from './commands/delete';
import { deliveriesCommand } from './commands/deliveries';
import { eventsCommand } from './commands/events';
import { getCommand } from './commands/get';
import { listCommand } from './commands/list';
import { planCommand } from './commands/plan';
import { rotateSecretCommand } from './commands/rotate-secret';
import { simulateCommand } from './commands/simulate';
import { testCommand } from './commands/test-event';
import { triggerCommand } from './commands/trigger';
import { updateCommand } from './commands/update';
import { verifyCommand } from './commands/verify';

/** Every `hookbridge` subcommand, in the order `hookbridge --help` lists them. */
export const COMMANDS: readonly Command[] = [
  listCommand, getCommand, createCommand, updateCommand, deleteCommand, rotateSecretCommand,
  testCommand, eventsCommand, deliveriesCommand,
  planCommand, applyCommand,
  simulateCommand, triggerCommand, verifyCommand,
];
