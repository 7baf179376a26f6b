import type { Prisma } from "../../lib/generated/prisma/client";
import { uniqueSuffix } from "./unique";

type Db = Prisma.TransactionClient;

/** A separate employer per test keeps its departments, offices and jobs out of other tests. */
export async function createOrganization(prisma: Db, overrides: Partial<Prisma.OrganizationUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return prisma.organization.create({
    data: {
      name: `Employer ${suffix}`,
      websiteUrl: `https://employer-${suffix}.example.com`,
      boardToken: `test-${suffix}`,
      ...overrides,
    },
  });
}

export async function findOrCreateDepartment(prisma: Db, organizationId: number, name: string) {
  return prisma.department.upsert({
    where: { organizationId_name: { organizationId, name } },
    create: { organizationId, name },
    update: {},
  });
}

export async function createOffice(
  prisma: Db,
  organizationId: number,
  overrides: Partial<Omit<Prisma.OfficeUncheckedCreateInput, "organizationId">> = {},
) {
  const suffix = uniqueSuffix();
  return prisma.office.create({
    data: {
      organizationId,
      name: `Austin ${suffix}`,
      streetAddress: "500 Congress Ave",
      locality: "Austin",
      region: "TX",
      postalCode: "78701",
      countryCode: "US",
      ...overrides,
    },
  });
}
