import "server-only";
import { db } from "@/lib/db";
import { publicMonumentWhere } from "@/lib/data/monuments";

/** The figures line of the home page: what a visitor can reach from the public pages. */
export async function getCatalogueFigures() {
  const [monuments, damageReports, restorations] = await Promise.all([
    db.monument.count({ where: publicMonumentWhere }),
    db.damageReport.count({ where: { deletedAt: null, monument: publicMonumentWhere } }),
    db.restorationEffort.count({ where: { deletedAt: null, monument: publicMonumentWhere } }),
  ]);
  return { monuments, damageReports, restorations };
}
