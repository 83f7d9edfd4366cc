import { describe } from 'vitest';
import { createMemoryStaffRepository } from './memory-repository';
import { staffRepositoryContract } from './repository-contract.test-util';

describe('memory staff repository', () => {
  staffRepositoryContract(async () => createMemoryStaffRepository());
});
