package org.bluehelmet.warning;

import java.time.YearMonth;

/**
 * A model that forecasts a target for every cell of a panel and each month after an
 * origin, using only the panel's months up to the origin.
 */
public interface ForecastModel {

	String name();

	/**
	 * The forecast.
	 * @param origin the last month the model may use
	 * @param horizon months ahead (1 to 36)
	 * @param samples draws per cell and month
	 * @param seed for the draws
	 */
	Forecast forecast(CellMonthPanel panel, ForecastTarget target, YearMonth origin, int horizon, int samples,
			long seed);

}
