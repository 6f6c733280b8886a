package org.bluehelmet.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.bluehelmet.audit.Export;
import org.bluehelmet.geo.BoundingBox;
import org.bluehelmet.security.MissionAccess;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.system.NotFoundException;
import org.bluehelmet.system.PublicAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** OGC API – Features, Part 1: Core, GeoJSON encoding, under {@code /ogc}. */
@RestController
@RequestMapping("/ogc")
class OgcApiController {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private static final MediaType GEO_JSON = MediaType.parseMediaType(OgcFeatures.GEO_JSON);

	private final OgcFeatures features;

	private final MissionAccess access;

	private final PublicAddress address;

	OgcApiController(OgcFeatures features, MissionAccess access, PublicAddress address) {
		this.features = features;
		this.access = access;
		this.address = address;
	}

	/** A collection of a mission the caller may see; the others do not exist for it. */
	private OgcFeatures.CollectionId visible(String collectionId) {
		OgcFeatures.CollectionId id = OgcFeatures.CollectionId.parse(collectionId);
		if (!access.maySee(id.missionId())) {
			throw new NotFoundException("collection", collectionId);
		}
		return id;
	}

	@GetMapping
	Map<String, Object> landingPage() {
		String base = base();
		Map<String, Object> landing = new LinkedHashMap<>();
		landing.put("title", "Blue Helmet");
		landing.put("description", "Incidents and sites of UN peace operations as OGC API - Features collections");
		landing.put("links",
				List.of(OgcFeatures.link(base, "self", "application/json", "This document"),
						OgcFeatures.link(base() + "/conformance", "conformance", "application/json",
								"Conformance classes"),
						OgcFeatures.link(base + "/collections", "data", "application/json", "The collections"),
						OgcFeatures.link(base.substring(0, base.length() - "/ogc".length()) + "/v3/api-docs",
								"service-desc", "application/vnd.oai.openapi+json;version=3.0",
								"The API description")));
		return landing;
	}

	@GetMapping("/conformance")
	Map<String, Object> conformance() {
		return Map.of("conformsTo", List.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
				"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"));
	}

	@GetMapping("/collections")
	Map<String, Object> collections() {
		String base = base();
		return Map.of("links",
				List.of(OgcFeatures.link(base + "/collections", "self", "application/json", "This document")),
				"collections", features.collections(base, access::maySee));
	}

	@GetMapping("/collections/{collectionId}")
	Map<String, Object> collection(@PathVariable String collectionId) {
		return features.collection(base(), visible(collectionId));
	}

	@Export(mission = OgcFeatures.MissionOfCollection.class)
	@GetMapping("/collections/{collectionId}/items")
	ResponseEntity<Map<String, Object>> items(@PathVariable String collectionId,
			@RequestParam(required = false) String bbox, @RequestParam(required = false) String datetime,
			@RequestParam(name = "bbox-crs", required = false) String bboxCrs,
			@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit, @RequestParam(defaultValue = "0") long offset) {
		if (offset < 0) {
			throw new InvalidInputException("offset", "the offset is 0 or more");
		}
		if (bboxCrs != null && !bboxCrs.equals(OgcFeatures.CRS84)) {
			throw new InvalidInputException("bbox-crs", "only " + OgcFeatures.CRS84 + " is supported");
		}
		BoundingBox box = bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox);
		// OGC API: a limit above the maximum is served at the maximum.
		int pageSize = Math.max(1, Math.min(limit, MAX_LIMIT));
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.body(features.items(base(), visible(collectionId), box, DateInterval.parse(datetime), offset, pageSize));
	}

	@Export(mission = OgcFeatures.MissionOfCollection.class)
	@GetMapping("/collections/{collectionId}/items/{featureId}")
	ResponseEntity<Map<String, Object>> item(@PathVariable String collectionId, @PathVariable String featureId) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(features.item(visible(collectionId), featureId));
	}

	private String base() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return address.of(request) + "/ogc";
	}

}
