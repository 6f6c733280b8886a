package org.bluehelmet.security;

import java.util.List;

import org.bluehelmet.audit.AuditEntry;
import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.audit.AuditVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit log for administrators, newest first: a system administrator sees every
 * entry, a mission administrator those of its missions.
 */
@RestController
class AuditController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditLog log;

	private final AuditVerification verification;

	private final MissionAccess access;

	AuditController(AuditLog log, AuditVerification verification, MissionAccess access) {
		this.log = log;
		this.verification = verification;
		this.access = access;
	}

	@GetMapping("/api/v1/admin/audit")
	List<AuditEntry> entries(@RequestParam(required = false) String action,
			@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
			@RequestParam(defaultValue = "100") int limit) {
		List<AuditEntry> entries = log.entries(access.missionsOfCaller(), action, before,
				Math.max(1, Math.min(limit, 1000)));
		return MissionAccess.callerHas(AccessRules.PERSONAL_DATA) ? entries
				: entries.stream().map(AuditController::withoutPersonalData).toList();
	}

	/**
	 * An entry as shown to an administrator who may not read personal data: the records'
	 * {@code personal} field withheld. The stored entry, and its hash, are unchanged.
	 */
	private static AuditEntry withoutPersonalData(AuditEntry entry) {
		return new AuditEntry(entry.seq(), entry.at(), entry.username(), entry.missionId(), entry.action(),
				entry.entity(), entry.entityId(), withheld(entry.before()), withheld(entry.after()), entry.prevHash(),
				entry.hash());
	}

	private static String withheld(String json) {
		if (json == null || !json.contains("\"personal\"")) {
			return json;
		}
		JsonNode node = JSON.readTree(json);
		if (node instanceof ObjectNode object && object.hasNonNull("personal")) {
			object.put("personal", "withheld");
			return JSON.writeValueAsString(object);
		}
		return json;
	}

	@GetMapping("/api/v1/admin/audit/verification")
	AuditVerification.Result verify() {
		return verification.verify();
	}

}
