/** Widths every uploaded or bundled image is resized to; the original is never served. */
export const IMAGE_WIDTHS = [480, 960, 1440] as const;

export interface MediaProps {
  storage_key: string;
  width: number;
  height: number;
  alt: string;
}

/** URL of one resized variant of a media item. */
export function mediaUrl(storageKey: string, width: number): string {
  return `/media/${storageKey}-${width}.webp`;
}

/**
 * A responsive, lazy-loaded image: WebP variants in srcset, intrinsic width and height set so
 * the page does not jump while it loads.
 */
export function ResponsiveImage(props: { media: MediaProps; sizes: string; eager?: boolean; class?: string }) {
  const { media } = props;
  const widths = IMAGE_WIDTHS.filter((w) => w <= media.width);
  const usable = widths.length ? widths : [IMAGE_WIDTHS[0]];
  const largest = usable[usable.length - 1];
  return (
    <img
      class={props.class}
      src={mediaUrl(media.storage_key, usable[Math.min(1, usable.length - 1)])}
      srcset={usable.map((w) => `${mediaUrl(media.storage_key, w)} ${w}w`).join(', ')}
      sizes={props.sizes}
      width={largest}
      height={Math.round((media.height / media.width) * largest)}
      alt={media.alt}
      loading={props.eager ? 'eager' : 'lazy'}
      decoding="async"
      fetchpriority={props.eager ? 'high' : undefined}
    />
  );
}
