/**
 * Early warning: a cell-month panel of violence built from incidents, models that give a
 * predictive distribution (samples, as ViEWS does) for each cell and month ahead,
 * baselines in the same code path, and the scores the forecasting community uses to
 * compare them honestly.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "geo", "incident", "mission", "system", "text" })
package org.bluehelmet.warning;
