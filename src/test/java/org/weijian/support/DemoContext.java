package org.weijian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A running server with the demo dataset loaded at a small scale into its own embedded PostgreSQL
 * (a separate data directory, so the demo users and data never meet the other tests' data). Test
 * classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "weijian.demo.enabled=true", "weijian.demo.scale=0.02",
				"weijian.database.embedded.data-dir=target/embedded-pg-demo" })
public @interface DemoContext {
}
