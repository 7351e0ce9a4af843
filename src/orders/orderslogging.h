#pragma once

#include <QLoggingCategory>

// The orders module's category (defined in orderslogging.cpp); enable with
// QT_LOGGING_RULES="scs.orders.debug=true". Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcOrders)
