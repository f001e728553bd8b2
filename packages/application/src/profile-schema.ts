/** What a person's profile holds: the language they read, their sports, the equipment at hand, the days they train. */
import { EQUIPMENT, LANGUAGES, SPORTS, WEEKDAYS } from "@hipcheck/core";
import { z } from "zod";

export const ProfileSchema = z
  .object({
    language: z.enum(LANGUAGES),
    sports: z.array(z.enum(SPORTS)).max(SPORTS.length * 2),
    equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length * 2),
    availableDays: z.array(z.enum(WEEKDAYS)).max(WEEKDAYS.length * 2),
  })
  .strict();
