package org.weijian.monitoring.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.weijian.monitoring.dataset.MonitoringProperties;

/**
 * The background executor of monitoring runs: {@code weijian.monitoring.run-threads} threads (default 1), so runs queue
 * instead of competing for the machine. Stopped with the application; a run cut off that way is marked FAILED
 * ("interrupted") at the next start.
 */
@Component
class RunExecutor implements DisposableBean {

	private final ExecutorService executor;

	RunExecutor(MonitoringProperties props) {
		AtomicInteger seq = new AtomicInteger();
		ThreadFactory threads = r -> {
			Thread t = new Thread(r, "monitoring-run-" + seq.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
		this.executor = Executors.newFixedThreadPool(props.runThreads(), threads);
	}

	void submit(Runnable work) {
		executor.execute(work);
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
