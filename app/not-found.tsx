import { T } from '@/components/kiosk/texts';
import { LinkButton } from '@/components/ui/button';
import { MessageScreen } from '@/components/ui/screen';

export default function NotFound() {
  return (
    <MessageScreen
      title="Página não encontrada"
      text={T.common.help}
      actions={<LinkButton href="/">{T.common.home}</LinkButton>}
    />
  );
}
