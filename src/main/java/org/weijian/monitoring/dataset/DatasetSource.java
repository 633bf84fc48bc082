package org.weijian.monitoring.dataset;

/** How a dataset came in: uploaded into the storage directory, or registered in place from a server directory. */
public enum DatasetSource {

	UPLOAD, SERVER_PATH;

	public String messageKey() {
		return "monitoring.dataset.source." + name();
	}

}
