#include "orders/orderslogging.h"

Q_LOGGING_CATEGORY(lcOrders, "scs.orders", QtInfoMsg)
