/**
 * The webshop module's automatic syncs: which actions the host runs on a schedule, and their interval
 * settings ({@code autoOrderSync}, {@code autoProductSync}, {@code autoStockAudit}; {@code allowFastSchedule} for tests).
 */
package hu.webshopsync.webshop.schedule;
