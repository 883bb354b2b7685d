package io.slipway.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Comparator;
import java.util.List;

/** The header every page shares: brand, the pages the user may open, and the features' header items. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(List<HeaderItem> headerItems, List<MenuEntryFilter> menuFilters) {
        addClassName("slipway-layout");
        HorizontalLayout header = new HorizontalLayout(Brand.link(), createNavigation(menuFilters));
        header.addClassName("slipway-header");
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        header.setWidthFull();

        Div spacer = new Div();
        header.addAndExpand(spacer);
        headerItems.stream()
                .sorted(Comparator.comparingInt(HeaderItem::order))
                .forEach(item -> item.create().ifPresent(header::add));
        addToNavbar(header);
        // Everything lives in the navbar; an open (empty) drawer would leave a blank column beside every page.
        setDrawerOpened(false);
    }

    private Nav createNavigation(List<MenuEntryFilter> menuFilters) {
        Nav nav = new Nav();
        nav.addClassName("slipway-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!menuFilters.stream().allMatch(filter -> filter.lists(entry.menuClass()))) {
                continue;
            }
            RouterLink link = new RouterLink();
            link.setRoute(entry.menuClass());
            link.setText(entry.title());
            link.setHighlightCondition(
                    (l, event) -> event.getLocation().getPath().equals(stripSlash(entry.path())));
            nav.add(link);
        }
        return nav;
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
