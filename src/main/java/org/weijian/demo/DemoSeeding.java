package org.weijian.demo;

/**
 * One step of loading the demo dataset through the owning module's public API. Steps run in
 * {@link #order()}; each runs once per database (the loader records finished steps), so a start that
 * was cut off resumes with the first unfinished step.
 */
interface DemoSeeding {

	/** Regions and grids 10, agency 20, subjects and practitioners 30, licences 40, registration 50, users 90. */
	int order();

	/** A stable name recorded when the step has finished. */
	String name();

	void seed(DemoDataset dataset);

}
