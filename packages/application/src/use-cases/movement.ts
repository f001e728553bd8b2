/** Camera movement screens: findings and keypoint series (never video), compared over time by the motion module. */
import { err, ok, parseWith } from "@hipcheck/core";
import type { HipCheck, HipCheckDeps, MovementScreenView } from "../hipcheck.js";
import { KeypointSeriesSchema, MovementReportShapeSchema } from "../movement-schemas.js";
import type { MovementScreenRecord } from "../ports.js";
import { accessPerson, notFound, requireAccount } from "./access.js";

function screenView(record: MovementScreenRecord): MovementScreenView {
  return {
    screenId: record.id,
    ownerId: record.accountId,
    recordedAt: record.recordedAt,
    report: record.report,
    keypoints: record.keypoints,
  };
}

export function movementUseCases({ repositories, clock, ids }: HipCheckDeps) {
  return {
    saveMovementScreen: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      const report = parseWith(MovementReportShapeSchema, input.report);
      if (!report.ok) {
        return err({ ...report.error, field: `report.${report.error.field ?? ""}`.replace(/\.$/, "") });
      }
      const keypoints = parseWith(KeypointSeriesSchema, input.keypoints);
      if (!keypoints.ok) {
        return err({
          ...keypoints.error,
          field: `keypoints.${keypoints.error.field ?? ""}`.replace(/\.$/, ""),
        });
      }
      const recordedAt = input.recordedAt ?? clock.now();
      if (Number.isNaN(Date.parse(recordedAt))) {
        return err({
          kind: "invalid-input",
          message: "recordedAt must be an ISO date and time.",
          field: "recordedAt",
        });
      }
      const record: MovementScreenRecord = {
        id: ids.newId(),
        accountId: access.value.personId,
        recordedAt,
        report: input.report,
        keypoints: keypoints.value,
      };
      await repositories.movementScreens.insert(record);
      return ok(screenView(record));
    },
    getMovementScreen: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const record = await repositories.movementScreens.findById(input.screenId);
      if (!record) return err(notFound("movement screen"));
      const access = await accessPerson(repositories, actor, record.accountId, "view");
      if (!access.ok) return err(notFound("movement screen"));
      return ok(screenView(record));
    },
    listMovementScreens: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const records = await repositories.movementScreens.listFor(access.value.personId);
      return ok(
        records.map(({ id, accountId, recordedAt, report }) => ({
          screenId: id,
          ownerId: accountId,
          recordedAt,
          report,
        })),
      );
    },
  } satisfies Partial<HipCheck>;
}
