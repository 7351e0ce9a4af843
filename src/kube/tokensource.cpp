#include "kube/tokensource.h"

#include <QCoreApplication>
#include <QTimer>

namespace scs::kube {

void StaticTokenSource::requestRefresh()
{
    // Asynchronous like every other source, so that callers cannot come to rely on re-entrancy.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT refreshFailed(Error{Error::Kind::Unauthorized,
                                   QCoreApplication::translate("scs::kube::TokenSource",
                                                               "The token was refused and cannot "
                                                               "be renewed."),
                                   QStringLiteral("static token source cannot refresh"),
                                   {}, {}, 0, 0});
    });
}

} // namespace scs::kube
