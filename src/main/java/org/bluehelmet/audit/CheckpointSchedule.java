package org.bluehelmet.audit;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * While the server runs, appends a checkpoint of the audit log every hour (and at start)
 * to {@code bluehelmet.audit.checkpoint-file}, when one is set; copy that file off the
 * machine to keep the log's past beyond anyone's reach.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("'${bluehelmet.audit.checkpoint-file:}' != ''")
@EnableScheduling
class CheckpointSchedule {

	private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

	private final AuditCheckpoints checkpoints;

	private final Path file;

	CheckpointSchedule(AuditCheckpoints checkpoints, @Value("${bluehelmet.audit.checkpoint-file}") String file) {
		this.checkpoints = checkpoints;
		this.file = Path.of(file);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void write() {
		try {
			checkpoints.appendTo(file);
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the audit checkpoint to {}", file, ex);
		}
	}

}
