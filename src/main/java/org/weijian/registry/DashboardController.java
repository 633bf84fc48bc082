package org.weijian.registry;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard (首页). */
@Controller
class DashboardController {

	@GetMapping("/")
	String home() {
		return "registry/dashboard";
	}

}
